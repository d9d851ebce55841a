<?php
/**
 * The static fallback for readers without the kit's script — feeds (RSS,
 * Atom, and the newsletters built from them) and e-mails: each chart becomes
 * a figure with its title and its data table, each big number a line of
 * text. No script is loaded there.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether this response wants the static form: feeds, and whatever a
 * newsletter or e-mail plugin says through the `lnob_charts_static` filter.
 */
function lnob_charts_static_wanted() {
	return (bool) apply_filters( 'lnob_charts_static', is_feed() );
}

/**
 * One attribute's value from an opening tag's attribute text.
 *
 * @param string $attributes The attribute text.
 * @param string $name       The attribute.
 */
function lnob_charts_attribute( $attributes, $name ) {
	if ( preg_match( '/\s' . preg_quote( $name, '/' ) . '\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>"\']+))/i', $attributes, $match ) ) {
		$value = isset( $match[3] ) ? $match[3] : ( isset( $match[2] ) && '' !== $match[2] ? $match[2] : $match[1] );
		return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return '';
}

/**
 * Content with every chart replaced by its static form: a `<figure>` with
 * the title, the table (inline CSV becomes a table too) and the source.
 *
 * @param string $html Content.
 */
function lnob_charts_static_html( $html ) {
	return preg_replace_callback(
		'/<(lnob-chart|lnob-stat)((?:\s+[^\s=>"\'\/]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>"\']+))?)*)\s*>(.*?)<\/\1>/is',
		function ( $match ) {
			$tag        = strtolower( $match[1] );
			$attributes = $match[2];
			$inner      = preg_replace_callback(
				'/<script\b[^>]*>(.*?)<\/script>/is',
				function ( $script ) {
					return false !== stripos( $script[0], 'text/csv' ) || false !== stripos( $script[0], 'tab-separated' )
						? lnob_charts_table_html( lnob_charts_csv_rows( $script[1] ) )
						: '';
				},
				$match[3]
			);
			$inner      = preg_replace( '/<img\b[^>]*\bslot=["\']?logo[^>]*>/i', '', $inner );
			$source     = lnob_charts_attribute( $attributes, 'source' );
			$footer     = '' !== $source ? '<p>' . esc_html( sprintf( /* translators: %s: where the numbers come from. */ __( 'Source: %s', 'lnob-charts' ), $source ) ) . '</p>' : '';
			if ( 'lnob-stat' === $tag ) {
				$number = trim( lnob_charts_attribute( $attributes, 'value' ) . ' ' . lnob_charts_attribute( $attributes, 'unit' ) );
				$label  = lnob_charts_attribute( $attributes, 'label' );
				return '<p class="lnob-stat"><strong>' . esc_html( $number ) . '</strong> ' . esc_html( $label ) . '</p>' . $footer;
			}
			$title = lnob_charts_attribute( $attributes, 'title' );
			$notes = lnob_charts_attribute( $attributes, 'notes' );
			return '<figure class="lnob-chart">'
				. ( '' !== $title ? '<figcaption>' . esc_html( $title ) . '</figcaption>' : '' )
				. $inner
				. ( '' !== $notes ? '<p>' . esc_html( $notes ) . '</p>' : '' )
				. $footer
				. '</figure>';
		},
		$html
	);
}
