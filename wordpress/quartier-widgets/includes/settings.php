<?php
/**
 * Settings → Quartier-Widgets: the default feed and the widgets' language.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The package's documentation, which leads to the snippet configurator (widget markup with a
 * live preview). The configurator has no public address of its own yet.
 */
define( 'QUARTIER_WIDGETS_CONFIGURATOR_URL', 'https://www.npmjs.com/package/quartier-widgets#on-a-web-page' );

/** The languages the widgets speak; '' leaves the choice to the page (its lang) and the feed. */
function quartier_widgets_languages() {
	return array(
		''   => __( 'The page’s language', 'quartier-widgets' ),
		'de' => 'Deutsch',
		'en' => 'English',
		'ar' => 'العربية',
		'tr' => 'Türkçe',
		'uk' => 'Українська',
	);
}

/** The widgets' language for a WordPress locale: de_DE → de; a language they lack → ''. */
function quartier_widgets_language_for_locale( $locale ) {
	$language = strtolower( strtok( (string) $locale, '_-' ) );
	return array_key_exists( $language, quartier_widgets_languages() ) && '' !== $language ? $language : '';
}

function quartier_widgets_activate() {
	add_option( 'quartier_widgets_feed', '' );
	add_option( 'quartier_widgets_language', quartier_widgets_language_for_locale( get_locale() ) );
}

add_action( 'admin_init', 'quartier_widgets_register_settings' );

function quartier_widgets_register_settings() {
	register_setting(
		'quartier_widgets',
		'quartier_widgets_feed',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'esc_url_raw',
			'default'           => '',
		)
	);
	register_setting(
		'quartier_widgets',
		'quartier_widgets_language',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'quartier_widgets_sanitize_language',
			'default'           => quartier_widgets_language_for_locale( get_locale() ),
		)
	);
}

function quartier_widgets_sanitize_language( $value ) {
	return is_string( $value ) && array_key_exists( $value, quartier_widgets_languages() ) ? $value : '';
}

add_action( 'admin_menu', 'quartier_widgets_admin_menu' );

function quartier_widgets_admin_menu() {
	add_options_page(
		__( 'Quartier-Widgets', 'quartier-widgets' ),
		__( 'Quartier-Widgets', 'quartier-widgets' ),
		'manage_options',
		'quartier-widgets',
		'quartier_widgets_settings_page'
	);
}

function quartier_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$feed     = get_option( 'quartier_widgets_feed', '' );
	$language = get_option( 'quartier_widgets_language', quartier_widgets_language_for_locale( get_locale() ) );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Quartier-Widgets', 'quartier-widgets' ); ?></h1>
		<p><?php esc_html_e( 'Show events, funding calls and funding programmes from a feed with the shortcodes [qw_event_card], [qw_deadline_countdown], [qw_programme_summary], [qw_calendar] and [qw_event_list], or with the Quartier-Widgets blocks.', 'quartier-widgets' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'quartier_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="quartier_widgets_feed"><?php esc_html_e( 'Default feed address', 'quartier-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="quartier_widgets_feed" name="quartier_widgets_feed" value="<?php echo esc_attr( $feed ); ?>" placeholder="https://example.org/termine/feed.json" />
						<p class="description"><?php esc_html_e( 'A JSON feed or an iCalendar (.ics) address. Widgets without their own feed attribute show this one.', 'quartier-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="quartier_widgets_language"><?php esc_html_e( 'Language of the widgets', 'quartier-widgets' ); ?></label></th>
					<td>
						<select id="quartier_widgets_language" name="quartier_widgets_language">
							<?php foreach ( quartier_widgets_languages() as $code => $name ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $language, $code ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'A widget’s own lang attribute takes precedence.', 'quartier-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<p>
			<a href="<?php echo esc_url( QUARTIER_WIDGETS_CONFIGURATOR_URL ); ?>"><?php esc_html_e( 'Snippet configurator and documentation (quartier-widgets on npm)', 'quartier-widgets' ); ?></a>
		</p>
	</div>
	<?php
}
