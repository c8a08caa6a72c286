<?php
/**
 * Users without unfiltered_html (every editor on a multisite, sites with DISALLOW_UNFILTERED_HTML)
 * have their posts filtered by kses, which would strip pasted <qw-…> elements. They and their
 * attributes are allowed in posts; <script> stays forbidden.
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'quartier_widgets_allowed_html', 10, 2 );

function quartier_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( quartier_widgets_elements() as $widget => $attributes ) {
		$allowed[ 'qw-' . $widget ] = array_merge(
			array_fill_keys( array_keys( $attributes ), true ),
			array( 'id' => true, 'class' => true, 'style' => true )
		);
	}
	return $allowed;
}
