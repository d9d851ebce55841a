<?php
/**
 * What the kit's elements accept, read from elements.json: written by
 * `npm run build:wordpress` from the kit's custom-elements.json, so a new
 * attribute or template reaches the allow-list and the block by itself.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/**
 * The kit's version, templates, each element's attributes and the templates
 * that read each column role.
 *
 * Also the chart block's choices (see scripts/wordpress/choices.js) and
 * each template's name in the registry.
 *
 * @return array{version: string, templates: string[], themes: string[], roles: array<string, string[]>, names: array<string, string>, choices: array<int, array{name: string, type: string, templates: string[]}>, elements: array<string, string[]>}
 */
function lnob_charts_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( LNOB_CHARTS_DIR . 'elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of the plugin.
		$elements = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $elements ) ) {
			$elements = array(
				'version'   => '0',
				'templates' => array(),
				'themes'    => array(),
				'roles'     => array(),
				'names'     => array(),
				'choices'   => array(),
				'elements'  => array(
					'lnob-chart' => array(),
					'lnob-stat'  => array(),
				),
			);
		}
	}
	return $elements;
}

/**
 * The attributes one element accepts.
 *
 * @param string $tag `lnob-chart` or `lnob-stat`.
 * @return string[]
 */
function lnob_charts_attributes( $tag ) {
	$elements = lnob_charts_elements();
	return isset( $elements['elements'][ $tag ] ) ? $elements['elements'][ $tag ] : array();
}
