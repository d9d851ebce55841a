<?php
/**
 * The site's defaults for every chart (one option, `lnob_charts_settings`):
 * theme, brand tokens, logo, credit and language.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds the site's defaults; uninstall.php deletes it. */
const LNOB_CHARTS_OPTION = 'lnob_charts_settings';

/**
 * The brand tokens the settings page offers: CSS custom property => label.
 *
 * @return array<string, string>
 */
function lnob_charts_token_fields() {
	return array(
		'--lnob-font-family'     => __( 'Font family', 'lnob-charts' ),
		'--lnob-color-text'      => __( 'Text colour', 'lnob-charts' ),
		'--lnob-color-accent'    => __( 'Accent colour', 'lnob-charts' ),
		'--lnob-color-highlight' => __( 'Highlight colour', 'lnob-charts' ),
		'--lnob-palette'         => __( 'Palette (colours separated by ;)', 'lnob-charts' ),
	);
}

/** The languages of the kit, for the language setting and the blocks. */
function lnob_charts_languages() {
	return array( 'en', 'fr', 'es', 'pt', 'ar' );
}

/**
 * The saved defaults, each key present.
 *
 * @return array{theme: string, tokens: array<string, string>, logo: string, credit: string, lang: string}
 */
function lnob_charts_settings() {
	$saved = get_option( LNOB_CHARTS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'theme'  => isset( $saved['theme'] ) ? (string) $saved['theme'] : '',
		'tokens' => isset( $saved['tokens'] ) && is_array( $saved['tokens'] ) ? $saved['tokens'] : array(),
		'logo'   => isset( $saved['logo'] ) ? (string) $saved['logo'] : '',
		'credit' => isset( $saved['credit'] ) ? (string) $saved['credit'] : '',
		'lang'   => isset( $saved['lang'] ) ? (string) $saved['lang'] : '',
	);
}

/**
 * Cleans what the settings form sends: known keys only, tokens without
 * anything that could end the CSS declaration.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function lnob_charts_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$tokens = array();
	foreach ( array_keys( lnob_charts_token_fields() ) as $name ) {
		$value = isset( $input['tokens'][ $name ] ) ? sanitize_text_field( $input['tokens'][ $name ] ) : '';
		// `;` separates the palette's colours: a space does too, and cannot end the declaration.
		$value = trim( preg_replace( '/\s+/', ' ', preg_replace( '/[;{}<>\\\\]|\/\*/', ' ', $value ) ) );
		if ( '' !== $value ) {
			$tokens[ $name ] = $value;
		}
	}
	$theme = isset( $input['theme'] ) ? sanitize_key( $input['theme'] ) : '';
	$lang  = isset( $input['lang'] ) ? sanitize_key( $input['lang'] ) : '';
	return array(
		'theme'  => in_array( $theme, lnob_charts_themes(), true ) ? $theme : '',
		'tokens' => $tokens,
		'logo'   => isset( $input['logo'] ) ? esc_url_raw( $input['logo'], array( 'http', 'https' ) ) : '',
		'credit' => isset( $input['credit'] ) ? sanitize_text_field( $input['credit'] ) : '',
		'lang'   => in_array( $lang, lnob_charts_languages(), true ) ? $lang : '',
	);
}

/** The kit's built-in themes. */
function lnob_charts_themes() {
	$elements = lnob_charts_elements();
	return ! empty( $elements['themes'] ) ? $elements['themes'] : array( 'default', 'sdg', 'dark', 'high-contrast', 'auto' );
}

/** The brand tokens as one CSS rule for the charts, or '' when none is set. */
function lnob_charts_tokens_css() {
	$declarations = '';
	foreach ( lnob_charts_settings()['tokens'] as $name => $value ) {
		$declarations .= $name . ': ' . $value . '; ';
	}
	return '' === $declarations ? '' : 'lnob-chart, lnob-stat { ' . trim( $declarations ) . ' }';
}
