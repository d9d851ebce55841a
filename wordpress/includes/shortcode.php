<?php
/**
 * Shortcodes for the classic editor: `[lnob_chart template="…" …]CSV[/lnob_chart]`
 * and `[lnob_stat value="…" …]`. Attributes are the elements' own (see the
 * kit's reference); the CSV between the tags becomes the chart's `<table>`.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/**
 * The CSV written between the shortcode's tags, with what the classic
 * editor's paragraph filter added (`<p>`, `<br />`) and HTML entities undone.
 *
 * @param string|null $content The shortcode's content.
 */
function lnob_charts_shortcode_csv( $content ) {
	$text = preg_replace( '/<br\s*\/?>|<\/?p>/i', "\n", (string) $content );
	return html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * Shortcode attributes as the element's: WordPress gives them lowercased, unnamed ones by position (dropped).
 *
 * @param mixed $atts The shortcode's attributes.
 * @return array<string, string>
 */
function lnob_charts_shortcode_attributes( $atts ) {
	$attributes = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_string( $name ) ) {
			$attributes[ str_replace( '_', '-', $name ) ] = (string) $value;
		}
	}
	return $attributes;
}

/**
 * `[lnob_chart]`: a `<lnob-chart>` with its data as a child table.
 *
 * @param mixed       $atts    Attributes.
 * @param string|null $content CSV.
 */
function lnob_charts_chart_shortcode( $atts, $content = null ) {
	$attributes = lnob_charts_shortcode_attributes( $atts );
	$table      = lnob_charts_table_html( lnob_charts_csv_rows( lnob_charts_shortcode_csv( $content ) ) );
	lnob_charts_enqueue();
	return lnob_charts_element_html( 'lnob-chart', $attributes, $table );
}
add_shortcode( 'lnob_chart', 'lnob_charts_chart_shortcode' );

/**
 * `[lnob_stat]`: a `<lnob-stat>` big number; CSV between the tags draws its sparkline.
 *
 * @param mixed       $atts    Attributes.
 * @param string|null $content CSV (time and value).
 */
function lnob_charts_stat_shortcode( $atts, $content = null ) {
	$attributes = lnob_charts_shortcode_attributes( $atts );
	$table      = lnob_charts_table_html( lnob_charts_csv_rows( lnob_charts_shortcode_csv( $content ) ) );
	lnob_charts_enqueue();
	return lnob_charts_element_html( 'lnob-stat', $attributes, $table );
}
add_shortcode( 'lnob_stat', 'lnob_charts_stat_shortcode' );

/**
 * Keep curly quotes and dashes out of the CSV.
 *
 * @param string[] $shortcodes Shortcodes whose content wptexturize leaves alone.
 */
function lnob_charts_no_texturize( $shortcodes ) {
	$shortcodes[] = 'lnob_chart';
	$shortcodes[] = 'lnob_stat';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'lnob_charts_no_texturize' );
