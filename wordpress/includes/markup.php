<?php
/**
 * Writing the kit's markup on the server: CSV text to a `<table>` (the data
 * the element reads, and the fallback without JavaScript), attributes through
 * the allow-list, and the site's defaults added to charts that do not set
 * their own.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/**
 * CSV (or tab-separated) text as rows of cells; blank lines dropped.
 *
 * @param string $csv The text.
 * @return string[][]
 */
function lnob_charts_csv_rows( $csv ) {
	$csv   = trim( str_replace( array( "\r\n", "\r" ), "\n", $csv ) );
	$first = strtok( $csv, "\n" );
	$comma = ( false !== $first && false !== strpos( $first, "\t" ) && false === strpos( $first, ',' ) ) ? "\t" : ',';
	$rows  = array();
	$file  = fopen( 'php://memory', 'r+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- fgetcsv reads quoted line breaks.
	fwrite( $file, $csv ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	rewind( $file );
	while ( ( $row = fgetcsv( $file, 0, $comma, '"', '' ) ) !== false ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition
		if ( array( null ) === $row ) {
			continue;
		}
		$rows[] = array_map( 'trim', array_map( 'strval', $row ) );
	}
	fclose( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	return $rows;
}

/**
 * Rows as a table: the first row is the header. Cells are text, never markup.
 *
 * @param string[][] $rows    The rows.
 * @param string     $caption An optional caption (the chart's title).
 * @return string
 */
function lnob_charts_table_html( $rows, $caption = '' ) {
	if ( empty( $rows ) ) {
		return '';
	}
	$header = array_shift( $rows );
	$html   = '<table>';
	if ( '' !== $caption ) {
		$html .= '<caption>' . esc_html( $caption ) . '</caption>';
	}
	$html .= '<thead><tr>';
	foreach ( $header as $cell ) {
		$html .= '<th>' . esc_html( $cell ) . '</th>';
	}
	$html .= '</tr></thead><tbody>';
	foreach ( $rows as $row ) {
		$html .= '<tr>';
		foreach ( $row as $cell ) {
			$html .= '<td>' . esc_html( $cell ) . '</td>';
		}
		$html .= '</tr>';
	}
	return $html . '</tbody></table>';
}

/** The kit's attributes that hold an address (the data, the source's link, a map's boundaries): http(s) only. */
const LNOB_CHARTS_URL_ATTRIBUTES = array( 'src', 'source-url', 'shapes' );

/**
 * An element with the attributes it accepts (others dropped), escaped; links only http(s).
 *
 * @param string               $tag        `lnob-chart` or `lnob-stat`.
 * @param array<string,string> $attributes Attribute => value; empty values are left out.
 * @param string               $inner      Inner HTML, already safe.
 * @return string
 */
function lnob_charts_element_html( $tag, $attributes, $inner ) {
	$allowed = lnob_charts_attributes( $tag );
	$html    = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$name  = strtolower( (string) $name );
		$value = (string) $value;
		if ( '' === $value || ! in_array( $name, $allowed, true ) ) {
			continue;
		}
		if ( in_array( $name, LNOB_CHARTS_URL_ATTRIBUTES, true ) ) {
			$value = esc_url( $value, array( 'http', 'https' ) );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . $inner . '</' . $tag . '>';
}

/**
 * Quoted-attribute-aware pattern of the kit's opening tags; group 1 the tag, group 2 its attributes.
 */
const LNOB_CHARTS_OPENING_TAG = '/<(lnob-chart|lnob-stat)((?:\s+[^\s=>"\'\/]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>"\']+))?)*)\s*>/i';

/**
 * Adds the site's defaults (theme, credit, language) to each chart that does
 * not set its own, and the site's logo inside each chart (the kit draws it
 * in downloaded images).
 *
 * @param string $html Post content.
 * @return string
 */
function lnob_charts_apply_defaults( $html ) {
	if ( false === stripos( $html, '<lnob-' ) ) {
		return $html;
	}
	$settings = lnob_charts_settings();
	return preg_replace_callback(
		LNOB_CHARTS_OPENING_TAG,
		function ( $match ) use ( $settings ) {
			$tag        = strtolower( $match[1] );
			$attributes = $match[2];
			$defaults   = array(
				'theme'  => $settings['theme'],
				'lang'   => $settings['lang'],
				'credit' => 'lnob-chart' === $tag ? $settings['credit'] : '',
			);
			foreach ( $defaults as $name => $value ) {
				if ( '' !== $value && ! preg_match( '/\s' . $name . '\s*(=|\s|$)/i', $attributes ) ) {
					$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
				}
			}
			$logo = 'lnob-chart' === $tag && '' !== $settings['logo']
				? '<img slot="logo" src="' . esc_url( $settings['logo'] ) . '" alt="' . esc_attr( get_bloginfo( 'name' ) ) . '">'
				: '';
			return '<' . $tag . $attributes . '>' . $logo;
		},
		$html
	);
}
