<?php
/**
 * The blocks "LNOB chart" and "LNOB big number": block.json for each, one
 * editor script written without a build step (blocks/editor.js), and the kit
 * itself in the editor so the block shows the real chart while it is edited.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script (with what it needs to know about the kit) and both blocks. */
function lnob_charts_register_blocks() {
	$elements = lnob_charts_elements();
	wp_register_script(
		'lnob-charts-editor',
		plugins_url( 'blocks/editor.js', LNOB_CHARTS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		$elements['version'],
		true
	);
	wp_add_inline_script(
		'lnob-charts-editor',
		'window.lnobChartsEditor = ' . wp_json_encode(
			array(
				'templates' => $elements['templates'],
				'themes'    => lnob_charts_themes(),
				'roles'     => $elements['roles'],
				'names'     => $elements['names'],
				'choices'   => $elements['choices'],
				'languages' => lnob_charts_languages(),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'lnob-charts-editor', 'lnob-charts', LNOB_CHARTS_DIR . 'languages' );
	register_block_type( LNOB_CHARTS_DIR . 'blocks/chart' );
	register_block_type( LNOB_CHARTS_DIR . 'blocks/stat' );
}
add_action( 'init', 'lnob_charts_register_blocks' );

/**
 * The chart block's per-template choices (options, annotations, small
 * multiples, the year control: elements.json's `choices`) as block
 * attributes read from the saved element's own attributes, as the title is:
 * the text the author typed is what the element carries, so WordPress's
 * filter treats it as it treats the title.
 *
 * @param array $metadata A block.json being registered.
 */
function lnob_charts_block_choices( $metadata ) {
	if ( ! isset( $metadata['name'] ) || 'lnob-charts/chart' !== $metadata['name'] ) {
		return $metadata;
	}
	$elements = lnob_charts_elements();
	foreach ( $elements['choices'] as $choice ) {
		$key = lnob_charts_block_attribute_name( $choice['name'] );
		if ( ! isset( $metadata['attributes'][ $key ] ) ) {
			$metadata['attributes'][ $key ] = array(
				'type'      => 'string',
				'default'   => '',
				'source'    => 'attribute',
				'selector'  => 'lnob-chart',
				'attribute' => $choice['name'],
			);
		}
	}
	return $metadata;
}
add_filter( 'block_type_metadata', 'lnob_charts_block_choices' );

/**
 * An element's attribute as a block attribute: `shape-key` → `shapeKey` (the editor script does the reverse).
 *
 * @param string $name The element's attribute.
 */
function lnob_charts_block_attribute_name( $name ) {
	return preg_replace_callback(
		'/-([a-z])/',
		function ( $match ) {
			return strtoupper( $match[1] );
		},
		$name
	);
}

/** The kit and the site's tokens in the editor: the blocks' preview is the real element. */
function lnob_charts_editor_assets() {
	wp_enqueue_script( LNOB_CHARTS_HANDLE );
	wp_enqueue_style( 'lnob-charts-tokens' );
}
add_action( 'enqueue_block_editor_assets', 'lnob_charts_editor_assets' );
