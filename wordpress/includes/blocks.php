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

/** The kit and the site's tokens in the editor: the blocks' preview is the real element. */
function lnob_charts_editor_assets() {
	wp_enqueue_script( LNOB_CHARTS_HANDLE );
	wp_enqueue_style( 'lnob-charts-tokens' );
}
add_action( 'enqueue_block_editor_assets', 'lnob_charts_editor_assets' );
