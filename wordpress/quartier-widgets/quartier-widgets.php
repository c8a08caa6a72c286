<?php
/**
 * Plugin Name:       Quartier-Widgets
 * Description:       Events, funding calls and funding programmes from a shared JSON feed (or an iCalendar address), as shortcodes and blocks. The widgets' script is served from this site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            quartier-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       quartier-widgets
 * Domain Path:       /languages
 *
 * The plugin and the bundled script are under the MIT licence, which is compatible with the
 * GPL; the notices of the libraries inside the bundle are in assets/quartier-widgets.js.LEGAL.txt.
 */

defined( 'ABSPATH' ) || exit;

define( 'QUARTIER_WIDGETS_VERSION', '0.1.0' );
define( 'QUARTIER_WIDGETS_FILE', __FILE__ );
define( 'QUARTIER_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/chunk-preloads.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'quartier_widgets_init' );

/** Shortcodes, blocks and the admin texts' translations. */
function quartier_widgets_init() {
	load_plugin_textdomain( 'quartier-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	quartier_widgets_register_script();
	foreach ( array_keys( quartier_widgets_elements() ) as $widget ) {
		add_shortcode( 'qw_' . str_replace( '-', '_', $widget ), 'quartier_widgets_shortcode' );
		register_block_type(
			__DIR__ . '/blocks/' . $widget,
			array( 'render_callback' => 'quartier_widgets_render_block' )
		);
	}
}

register_activation_hook( __FILE__, 'quartier_widgets_activate' );
