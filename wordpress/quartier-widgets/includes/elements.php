<?php
/**
 * The <qw-…> markup that shortcodes and blocks share. Each block's block.json lists the
 * element's attributes (camelCase there, as blocks name them); the shortcodes take the same
 * attributes under the element's own (kebab-case) names.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets and their attributes: widget => [ element attribute => block.json schema ].
 *
 * @return array<string, array<string, array>>
 */
function quartier_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = array();
		foreach ( array( 'event-card', 'deadline-countdown', 'programme-summary', 'calendar', 'event-list' ) as $widget ) {
			$metadata             = json_decode( file_get_contents( QUARTIER_WIDGETS_DIR . '/blocks/' . $widget . '/block.json' ), true );
			$elements[ $widget ] = array();
			foreach ( $metadata['attributes'] as $name => $schema ) {
				$elements[ $widget ][ quartier_widgets_kebab_case( $name ) ] = $schema;
			}
		}
	}
	return $elements;
}

/** `headingLevel` → `heading-level`. */
function quartier_widgets_kebab_case( $name ) {
	return strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $name ) );
}

/**
 * The value as the element's attribute wants it, or null to leave the attribute out.
 * Booleans become presence (true) or absence; numbers and listed values are checked.
 */
function quartier_widgets_attribute_value( $schema, $value ) {
	if ( 'boolean' === $schema['type'] ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$value = strtolower( trim( (string) $value ) );
		return in_array( $value, array( '', '0', 'false', 'no', 'off' ), true ) ? null : true;
	}
	if ( is_bool( $value ) || is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( in_array( $schema['type'], array( 'integer', 'number' ), true ) && ! preg_match( '/^-?\d+$/', $value ) ) {
		return null;
	}
	if ( isset( $schema['enum'] ) && ! in_array( $value, array_map( 'strval', $schema['enum'] ), true ) ) {
		return null;
	}
	return $value;
}

/**
 * `<qw-{widget} …></qw-{widget}>` with the known attributes among $values (keyed by the
 * element's attribute names), escaped; unknown ones are dropped. Asks for the script.
 */
function quartier_widgets_markup( $widget, array $values ) {
	$elements = quartier_widgets_elements();
	if ( ! isset( $elements[ $widget ] ) ) {
		return '';
	}
	$language = get_option( 'quartier_widgets_language', '' );
	if ( ! isset( $values['lang'] ) && is_string( $language ) && '' !== $language ) {
		$values['lang'] = $language;
	}
	$attributes = '';
	foreach ( $elements[ $widget ] as $name => $schema ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = quartier_widgets_attribute_value( $schema, $values[ $name ] );
		if ( true === $value ) {
			$attributes .= ' ' . $name;
		} elseif ( null !== $value ) {
			$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	quartier_widgets_enqueue();
	return '<qw-' . $widget . $attributes . '></qw-' . $widget . '>';
}

/**
 * [qw_calendar month="2017-03" show-filter="1"]; a bare attribute name (`[qw_calendar show-filter]`)
 * switches a boolean attribute on.
 */
function quartier_widgets_shortcode( $atts, $content, $tag ) {
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$values[ strtolower( $value ) ] = true;
		} else {
			$values[ strtolower( $key ) ] = $value;
		}
	}
	return quartier_widgets_markup( str_replace( '_', '-', substr( $tag, 3 ) ), $values );
}

/** The blocks' server-side render: their attributes under the element's names. */
function quartier_widgets_render_block( $attributes, $content = '', $block = null ) {
	$widget = $block instanceof WP_Block ? substr( $block->name, strlen( 'quartier-widgets/' ) ) : '';
	$values = array();
	foreach ( (array) $attributes as $name => $value ) {
		$values[ quartier_widgets_kebab_case( $name ) ] = $value;
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	return '<div ' . $wrapper . '>' . quartier_widgets_markup( $widget, $values ) . '</div>';
}
