<?php
/**
 * The widgets' script, served from the plugin's folder, loaded as a module only on pages that
 * show a widget; the default feed as <meta name="quartier-feed">, written once on those pages,
 * and preloaded from their head.
 */

defined( 'ABSPATH' ) || exit;

/** The address of the bundled script (its chunks load from assets/chunks/ beside it). */
function quartier_widgets_script_url() {
	return plugins_url( 'assets/quartier-widgets.js', QUARTIER_WIDGETS_FILE );
}

/**
 * The script modules API exists from WordPress 6.5; before that the script is a classic
 * script handle whose tag gets type="module" (see quartier_widgets_module_tag).
 */
function quartier_widgets_uses_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

function quartier_widgets_register_script() {
	if ( quartier_widgets_uses_script_modules() ) {
		wp_register_script_module( 'quartier-widgets', quartier_widgets_script_url(), array(), QUARTIER_WIDGETS_VERSION );
	}
	// The classic handle also serves the editor's preview, which runs outside the script modules' hooks.
	wp_register_script( 'quartier-widgets', quartier_widgets_script_url(), array(), QUARTIER_WIDGETS_VERSION, true );
	wp_register_script(
		'quartier-widgets-editor',
		plugins_url( 'editor/blocks.js', QUARTIER_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'quartier-widgets' ),
		QUARTIER_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'quartier-widgets-editor', 'quartier-widgets', QUARTIER_WIDGETS_DIR . '/languages' );
}

add_filter( 'script_loader_tag', 'quartier_widgets_module_tag', 10, 2 );

/** The library is an ES module: its classic handle's tag must say so. */
function quartier_widgets_module_tag( $tag, $handle ) {
	if ( 'quartier-widgets' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/** Called by every widget rendered: loads the script on this page (once). */
function quartier_widgets_enqueue() {
	$GLOBALS['quartier_widgets_on_page'] = true;
	if ( is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return; // the editor loads the script itself (quartier_widgets_editor_assets)
	}
	if ( quartier_widgets_uses_script_modules() ) {
		wp_enqueue_script_module( 'quartier-widgets' );
	} else {
		wp_enqueue_script( 'quartier-widgets' );
	}
}

/**
 * The contents of the posts this request shows, read before they are rendered.
 *
 * @return string[]
 */
function quartier_widgets_queried_contents() {
	global $wp_query;
	$contents = array();
	foreach ( $wp_query instanceof WP_Query ? (array) $wp_query->posts : array() as $post ) {
		if ( $post instanceof WP_Post ) {
			$contents[] = $post->post_content;
		}
	}
	return $contents;
}

/** Whether the posts of this request contain a widget, known before they are rendered. */
function quartier_widgets_in_queried_posts() {
	foreach ( quartier_widgets_queried_contents() as $content ) {
		if ( false !== strpos( $content, '<!-- wp:quartier-widgets/' ) || false !== strpos( $content, '<qw-' ) ) {
			return true;
		}
		foreach ( array_keys( quartier_widgets_elements() ) as $widget ) {
			if ( has_shortcode( $content, 'qw_' . str_replace( '-', '_', $widget ) ) ) {
				return true;
			}
		}
	}
	return false;
}

add_action( 'wp_enqueue_scripts', 'quartier_widgets_enqueue_for_queried_posts' );

/** Posts with widgets (also pasted <qw-…> markup) get the script even where no shortcode renders. */
function quartier_widgets_enqueue_for_queried_posts() {
	if ( quartier_widgets_in_queried_posts() ) {
		quartier_widgets_enqueue();
	}
}

add_action( 'wp_head', 'quartier_widgets_feed_meta', 2 ); // after wp_enqueue_scripts (priority 1)
add_action( 'wp_footer', 'quartier_widgets_feed_meta', 1 );
add_action( 'admin_footer', 'quartier_widgets_feed_meta', 1 );

/**
 * <meta name="quartier-feed"> once, on pages with a widget: in the head when the widgets are
 * known by then, else in the footer (the module runs after the whole page is parsed).
 */
function quartier_widgets_feed_meta() {
	static $written = false;
	$feed = get_option( 'quartier_widgets_feed', '' );
	if ( $written || ! is_string( $feed ) || '' === $feed || empty( $GLOBALS['quartier_widgets_on_page'] ) ) {
		return;
	}
	$written = true;
	echo '<meta name="quartier-feed" content="' . esc_attr( $feed ) . '" />' . "\n";
	if ( doing_action( 'wp_head' ) && quartier_widgets_shown_whole() && ! quartier_widgets_queried_posts_name_a_feed() ) {
		quartier_widgets_feed_preload( $feed );
	}
}

/** A post or page shown whole: a list of posts shows excerpts, which draw no widget; nor does a locked post. */
function quartier_widgets_shown_whole() {
	return is_singular() && ! post_password_required();
}

/**
 * From the head, the browser fetches the feed beside the script instead of after it: the
 * widgets' own request (CORS, no cookies to another site) takes the preloaded answer. The
 * address as the widgets fetch it: a webcal: address over https.
 */
function quartier_widgets_feed_preload( $feed ) {
	$address = preg_replace( '/^webcals?:/i', 'https:', trim( $feed ) );
	/**
	 * Whether to preload the default feed on this page (e.g. false for a feed of several MB,
	 * which would compete with the page's own stylesheets and images).
	 *
	 * @param bool   $preload Whether to preload; default true.
	 * @param string $address The feed's address as the widgets fetch it.
	 */
	if ( ! preg_match( '#^(https?:|/)#i', $address ) || ! apply_filters( 'quartier_widgets_preload_feed', true, $address ) ) {
		return;
	}
	echo '<link rel="preload" href="' . esc_url( $address ) . '" as="fetch" crossorigin="anonymous" />' . "\n";
}

/**
 * Whether a queried post may give a widget a feed of its own (feed="…" in a shortcode or
 * markup, "feed": in a block). Then the default feed may go unread, and a preload of it
 * would be a download for nothing; a mere link with ?feed= in a post forgoes the head start.
 */
function quartier_widgets_queried_posts_name_a_feed() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query ) {
		return true;
	}
	foreach ( quartier_widgets_queried_contents() as $content ) {
		if ( preg_match( '/\bfeed\s*=|"feed"\s*:/i', $content ) ) {
			return true;
		}
	}
	return false;
}

add_action( 'enqueue_block_editor_assets', 'quartier_widgets_editor_assets' );

/** The editor's blocks preview their server-rendered markup, so the editor loads the widgets too. */
function quartier_widgets_editor_assets() {
	$GLOBALS['quartier_widgets_on_page'] = true;
	wp_enqueue_script( 'quartier-widgets' );
}
