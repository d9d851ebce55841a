<?php
/**
 * Settings → LNOB Charts: the site's defaults for every chart.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	function () {
		register_setting(
			'lnob_charts',
			LNOB_CHARTS_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'lnob_charts_sanitize_settings',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'LNOB Charts', 'lnob-charts' ), __( 'LNOB Charts', 'lnob-charts' ), 'manage_options', 'lnob-charts', 'lnob_charts_settings_page' );
	}
);

/** The settings form. */
function lnob_charts_settings_page() {
	$settings = lnob_charts_settings();
	$name     = LNOB_CHARTS_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'LNOB Charts', 'lnob-charts' ); ?></h1>
		<p><?php esc_html_e( 'Defaults for every chart on this site. A chart that sets its own value keeps it.', 'lnob-charts' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'lnob_charts' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="lnob-theme"><?php esc_html_e( 'Theme', 'lnob-charts' ); ?></label></th>
					<td><select id="lnob-theme" name="<?php echo esc_attr( $name ); ?>[theme]">
						<option value=""><?php esc_html_e( 'The kit’s default', 'lnob-charts' ); ?></option>
						<?php foreach ( lnob_charts_themes() as $theme ) : ?>
							<option value="<?php echo esc_attr( $theme ); ?>" <?php selected( $settings['theme'], $theme ); ?>><?php echo esc_html( $theme ); ?></option>
						<?php endforeach; ?>
					</select></td>
				</tr>
				<?php foreach ( lnob_charts_token_fields() as $token => $label ) : ?>
				<tr>
					<th scope="row"><label for="lnob-token<?php echo esc_attr( $token ); ?>"><?php echo esc_html( $label ); ?></label></th>
					<td><input class="regular-text" id="lnob-token<?php echo esc_attr( $token ); ?>" name="<?php echo esc_attr( $name ); ?>[tokens][<?php echo esc_attr( $token ); ?>]" value="<?php echo esc_attr( isset( $settings['tokens'][ $token ] ) ? $settings['tokens'][ $token ] : '' ); ?>">
					<p class="description"><code><?php echo esc_html( $token ); ?></code></p></td>
				</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><label for="lnob-logo"><?php esc_html_e( 'Logo URL', 'lnob-charts' ); ?></label></th>
					<td><input class="regular-text" type="url" id="lnob-logo" name="<?php echo esc_attr( $name ); ?>[logo]" value="<?php echo esc_attr( $settings['logo'] ); ?>">
					<p class="description"><?php esc_html_e( 'Shown under each chart and drawn into downloaded images.', 'lnob-charts' ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="lnob-credit"><?php esc_html_e( 'Credit', 'lnob-charts' ); ?></label></th>
					<td><input class="regular-text" id="lnob-credit" name="<?php echo esc_attr( $name ); ?>[credit]" value="<?php echo esc_attr( $settings['credit'] ); ?>">
					<p class="description"><?php esc_html_e( 'Who made the charts, shown as “Chart: …”.', 'lnob-charts' ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="lnob-lang"><?php esc_html_e( 'Language', 'lnob-charts' ); ?></label></th>
					<td><select id="lnob-lang" name="<?php echo esc_attr( $name ); ?>[lang]">
						<option value=""><?php esc_html_e( 'The page’s language', 'lnob-charts' ); ?></option>
						<?php foreach ( lnob_charts_languages() as $lang ) : ?>
							<option value="<?php echo esc_attr( $lang ); ?>" <?php selected( $settings['lang'], $lang ); ?>><?php echo esc_html( $lang ); ?></option>
						<?php endforeach; ?>
					</select></td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
