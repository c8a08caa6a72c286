<?php
/**
 * Drives the test site from the command line, as an administrator would through the admin
 * screens (WordPress's own functions, no wp-cli): php site.php SITE_DIR COMMAND [ARGS…].
 * Prints one JSON object; exits 1 with a message on failure.
 *
 *   install URL LOCALE PASSWORD   a fresh site (wp_install)
 *   plugin ZIP FEED               installs the zip with WordPress's Plugin_Upgrader, activates it,
 *                                 sets the default feed, creates an Editor and their application password
 *   theme STYLESHEET              switches the theme
 *   render                        shortcodes rendered with awkward input, for the escaping checks
 *   uninstall                     deactivates and deletes the plugin; reports its options after
 *   kses HTML                     the HTML as kses filters a post's content
 */

list( , $site, $command ) = $argv + array( null, null, null );
$args = array_slice( $argv, 3 );
$_SERVER['HTTP_HOST']   = parse_url( $command === 'install' ? $args[0] : 'http://localhost', PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

function done( array $result ) {
	echo json_encode( $result, JSON_UNESCAPED_SLASHES ) . "\n";
	exit( 0 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		list( $url, $locale, $password ) = $args;
		$result = wp_install( 'Quartier-Widgets Test', 'admin', 'admin@example.org', false, '', $password, $locale );
		update_option( 'permalink_structure', '' );
		update_option( 'show_avatars', 0 ); // Gravatar is out of reach here (no network but loopback)
		done( array( 'user_id' => $result['user_id'], 'locale' => get_option( 'WPLANG' ) ) );

	case 'plugin':
		list( $zip, $feed ) = $args;
		wp_set_current_user( 1 );
		if ( ! WP_Filesystem() ) {
			fail( 'WP_Filesystem could not be set up (FS_METHOD direct)' );
		}
		$skin     = new Automatic_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $zip );
		if ( true !== $result ) {
			fail( 'Plugin_Upgrader::install failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ) ) . "\n" . implode( "\n", $skin->get_upgrade_messages() ) );
		}
		$file      = $upgrader->plugin_info();
		$activated = activate_plugin( $file );
		if ( is_wp_error( $activated ) ) {
			fail( 'activate_plugin failed: ' . $activated->get_error_message() );
		}
		update_option( 'quartier_widgets_feed', $feed );
		$editor_password = wp_generate_password( 24, false );
		$editor          = wp_insert_user(
			array(
				'user_login' => 'redaktion',
				'user_pass'  => $editor_password,
				'user_email' => 'redaktion@example.org',
				'role'       => 'editor',
			)
		);
		if ( is_wp_error( $editor ) ) {
			fail( 'wp_insert_user failed: ' . $editor->get_error_message() );
		}
		// The block editor's welcome guide shows a picture from wordpress.org, out of reach here.
		update_user_meta( $editor, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		list( $app_password ) = WP_Application_Passwords::create_new_application_password( $editor, array( 'name' => 'quartier-widgets test' ) );
		$plugin = get_plugin_data( WP_PLUGIN_DIR . '/' . $file, false, false );
		done(
			array(
				'plugin'               => $file,
				'version'              => $plugin['Version'],
				'active'               => is_plugin_active( $file ),
				'language'             => get_option( 'quartier_widgets_language' ),
				'editor'               => 'redaktion',
				'editor_password'      => $app_password,
				'editor_login_password' => $editor_password,
				'editor_unfiltered'    => user_can( $editor, 'unfiltered_html' ),
				'app_passwords'        => wp_is_application_passwords_available(),
			)
		);

	case 'theme':
		switch_theme( $args[0] );
		done( array( 'theme' => get_stylesheet(), 'block_theme' => function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) );

	case 'render':
		done(
			array(
				'quote'   => do_shortcode( '[qw_event_card event=\'x" onmouseover="alert(1)\']' ),
				'unknown' => do_shortcode( '[qw_calendar month="2015-10" onclick="alert(1)" style="color:red" show-filter hide-week-numbers="0"]' ),
				'invalid' => do_shortcode( '[qw_deadline_countdown soon="soon" heading-level="9" theme="blue" compact="yes"]' ),
				'block'   => render_block(
					array(
						'blockName'    => 'quartier-widgets/programme-summary',
						'attrs'        => array( 'programme' => 'soziale-stadt', 'compact' => true, 'headingLevel' => 2, 'onload' => 'x' ),
						'innerBlocks'  => array(),
						'innerHTML'    => '',
						'innerContent' => array(),
					)
				),
			)
		);

	case 'uninstall':
		wp_set_current_user( 1 );
		$file = 'quartier-widgets/quartier-widgets.php';
		deactivate_plugins( $file );
		$deleted = delete_plugins( array( $file ) );
		if ( true !== $deleted ) {
			fail( 'delete_plugins failed: ' . ( is_wp_error( $deleted ) ? $deleted->get_error_message() : var_export( $deleted, true ) ) );
		}
		wp_cache_flush();
		done(
			array(
				'folder_exists' => file_exists( WP_PLUGIN_DIR . '/quartier-widgets' ),
				'feed'          => get_option( 'quartier_widgets_feed', null ),
				'language'      => get_option( 'quartier_widgets_language', null ),
			)
		);

	case 'kses':
		// What kses leaves of pasted markup in a post by a user without unfiltered_html.
		done( array( 'filtered' => wp_kses_post( $args[0] ) ) );

	default:
		fail( "unknown command: $command" );
}
