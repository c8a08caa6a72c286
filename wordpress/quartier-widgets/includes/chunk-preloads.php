<?php
/**
 * The chunks beside the script that the widgets of a post or page wait for before their first
 * view (docs/embedding.md), preloaded from the head so they download with the script instead
 * of after it has run: what a countdown, a summary and a list draw, the visitor's filters and a
 * language other than German. The facts' chunks depend on the feed's items, which the server
 * does not read; they still come after the script.
 */

defined( 'ABSPATH' ) || exit;

add_action( 'wp_head', 'quartier_widgets_chunk_preloads', 2 ); // after wp_enqueue_scripts (priority 1)

/** Writes a <link rel="modulepreload"> for each chunk the queried post's widgets wait for. */
function quartier_widgets_chunk_preloads() {
	if ( empty( $GLOBALS['quartier_widgets_on_page'] ) || ! quartier_widgets_shown_whole() ) {
		return;
	}
	$chunks = array();
	foreach ( quartier_widgets_queried_widgets() as list( $widget, $values ) ) {
		$chunks = array_merge( $chunks, quartier_widgets_first_view_chunks( $widget, $values ) );
	}
	/**
	 * The chunks to preload on this page (names in assets/chunks/ without `.js`).
	 *
	 * @param string[] $chunks The chunks the page's widgets wait for before their first view.
	 */
	foreach ( (array) apply_filters( 'quartier_widgets_preload_chunks', array_values( array_unique( $chunks ) ) ) as $chunk ) {
		echo '<link rel="modulepreload" href="' . esc_url( plugins_url( 'assets/chunks/' . $chunk . '.js', QUARTIER_WIDGETS_FILE ) ) . '" />' . "\n";
	}
}

/**
 * The chunks one widget waits for, given its attributes (under the element's names) as the
 * element will have them: a shortcode's or block's `lang` defaults to the plugin's setting.
 */
function quartier_widgets_first_view_chunks( $widget, array $values ) {
	$elements = quartier_widgets_elements();
	$set      = static function ( $name ) use ( $elements, $widget, $values ) {
		return isset( $elements[ $widget ][ $name ], $values[ $name ] ) && null !== quartier_widgets_attribute_value( $elements[ $widget ][ $name ], $values[ $name ] );
	};
	$chunks   = array();
	if ( 'deadline-countdown' === $widget || ( 'programme-summary' === $widget && ! $set( 'compact' ) ) ) {
		$chunks[] = 'deadline-countdown-body';
	}
	if ( 'programme-summary' === $widget ) {
		$chunks[] = 'programme-summary-body';
	}
	if ( 'event-list' === $widget ) {
		$chunks[] = 'event-list-body';
	}
	if ( in_array( $widget, array( 'calendar', 'event-list' ), true ) && ( $set( 'show-filter' ) || $set( 'show-search' ) || $set( 'sync-url' ) ) ) {
		$chunks[] = 'visitor-filters';
	}
	// Without a lang of its own a widget follows the page's (the site's language).
	$lang     = isset( $values['lang'] ) && is_string( $values['lang'] ) && '' !== trim( $values['lang'] ) ? $values['lang'] : get_bloginfo( 'language' );
	$language = strtolower( strtok( trim( $lang ), '-_' ) );
	if ( in_array( $language, array( 'en', 'ar', 'tr', 'uk' ), true ) ) {
		$chunks[] = $language;
	}
	return $chunks;
}

/**
 * The widgets in the queried posts with their attributes under the element's names: blocks
 * (nested ones too), shortcodes and pasted <qw-…> markup.
 *
 * @return array<int, array{0: string, 1: array<string, mixed>}>
 */
function quartier_widgets_queried_widgets() {
	$widgets         = array_keys( quartier_widgets_elements() );
	$language        = get_option( 'quartier_widgets_language', '' );
	$default         = is_string( $language ) && '' !== $language ? array( 'lang' => $language ) : array();
	$found           = array();
	$shortcodes      = array_map(
		static function ( $widget ) {
			return 'qw_' . str_replace( '-', '_', $widget );
		},
		$widgets
	);
	$shortcode_regex = get_shortcode_regex( $shortcodes );
	foreach ( quartier_widgets_queried_contents() as $content ) {
		$blocks = parse_blocks( $content );
		while ( $blocks ) {
			$block  = array_shift( $blocks );
			$blocks = array_merge( $blocks, $block['innerBlocks'] );
			if ( 0 === strpos( (string) $block['blockName'], 'quartier-widgets/' ) ) {
				$values = array();
				foreach ( (array) $block['attrs'] as $name => $value ) {
					$values[ quartier_widgets_kebab_case( $name ) ] = $value;
				}
				$found[] = array( substr( $block['blockName'], strlen( 'quartier-widgets/' ) ), $values + $default );
			}
		}
		preg_match_all( '/' . $shortcode_regex . '/', $content, $matches, PREG_SET_ORDER );
		foreach ( $matches as $match ) {
			$values = array();
			foreach ( (array) shortcode_parse_atts( $match[3] ) as $key => $value ) {
				$values[ strtolower( is_int( $key ) ? $value : $key ) ] = is_int( $key ) ? true : $value;
			}
			$found[] = array( str_replace( '_', '-', substr( $match[2], 3 ) ), $values + $default );
		}
		preg_match_all( '/<qw-(' . implode( '|', $widgets ) . ')(\s[^>]*)?>/i', $content, $matches, PREG_SET_ORDER );
		foreach ( $matches as $match ) {
			$values = array();
			foreach ( wp_kses_hair( isset( $match[2] ) ? $match[2] : '', wp_allowed_protocols() ) as $name => $attribute ) {
				$values[ $name ] = 'y' === $attribute['vless'] ? true : $attribute['value'];
			}
			$found[] = array( strtolower( $match[1] ), $values );
		}
	}
	return $found;
}
