<?php
/**
 * Removes the plugin's options when it is deleted (Plugins → Delete).
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'quartier_widgets_feed' );
delete_option( 'quartier_widgets_language' );
