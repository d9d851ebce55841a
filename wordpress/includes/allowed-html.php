<?php
/**
 * The allow-list: WordPress cleans what users without `unfiltered_html`
 * (authors, contributors, everyone but super admins on multisite) write into
 * posts. `<lnob-chart>` and `<lnob-stat>` are let through with their
 * documented attributes; their data goes as a child `<table>`, which the
 * filter already keeps. Nothing else is added: no scripts, no event
 * attributes (`on…`), no `<script type="text/csv">` (kses removes scripts
 * for these users, whatever their type).
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the kit's elements to the tags allowed in post content.
 *
 * @param array  $tags    Tag => allowed attributes.
 * @param string $context The kses context.
 */
function lnob_charts_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	// What WordPress allows on every tag in posts (it adds these to its own list, not to filtered-in tags).
	$global = array( 'class', 'id', 'style', 'dir', 'hidden', 'aria-label', 'aria-describedby' );
	foreach ( array( 'lnob-chart', 'lnob-stat' ) as $tag ) {
		$attributes = array();
		foreach ( array_merge( lnob_charts_attributes( $tag ), $global ) as $name ) {
			if ( 0 !== strpos( $name, 'on' ) ) {
				$attributes[ $name ] = true;
			}
		}
		$tags[ $tag ] = $attributes;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'lnob_charts_allowed_html', 10, 2 );

/**
 * The kit's addresses are addresses to WordPress's filter too: a
 * `javascript:` (or any protocol but the site's allowed ones) is removed
 * from them, as from `href`.
 *
 * @param string[] $attributes Attributes that hold a URI.
 */
function lnob_charts_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( $attributes, LNOB_CHARTS_URL_ATTRIBUTES ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'lnob_charts_uri_attributes' );

/**
 * A `<` inside an attribute's value (a title such as "Income < $2.15 a day",
 * or hostile text) makes WordPress's filter take the whole tag for text and
 * escape it, which breaks the chart. Written as `&lt;` it means the same to
 * the browser and the block editor, and the filter keeps the tag.
 *
 * @param string       $content      Content about to be filtered.
 * @param array|string $allowed_html The allow-list or its context.
 */
function lnob_charts_escape_less_than( $content, $allowed_html ) {
	if ( 'post' !== $allowed_html || ! is_string( $content ) || false === stripos( $content, '<lnob-' ) ) {
		return $content;
	}
	return preg_replace_callback(
		LNOB_CHARTS_OPENING_TAG,
		function ( $match ) {
			$attributes = preg_replace_callback(
				'/"[^"]*"|\'[^\']*\'/',
				function ( $value ) {
					return str_replace( '<', '&lt;', $value[0] );
				},
				$match[2]
			);
			return '<' . $match[1] . $attributes . '>';
		},
		$content
	);
}
// Before WordPress's own wp_pre_kses_less_than (10), which escapes from a lone `<` on.
add_filter( 'pre_kses', 'lnob_charts_escape_less_than', 9, 2 );
