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
