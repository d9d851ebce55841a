<?php
/**
 * Loading the kit from the site itself (the plugin's copy of `dist/`), as a
 * JavaScript module, only on pages that show a chart; and the site's brand
 * tokens beside it.
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

/** The script handle of the kit (dist/lnob-charts.js). */
const LNOB_CHARTS_HANDLE = 'lnob-charts';

/** Registers the kit and the tokens' style (nothing is printed until enqueued). */
function lnob_charts_register_assets() {
	$elements = lnob_charts_elements();
	// No version: WordPress would add `?ver=…`, and the kit's chunks import lnob-charts.js back by its plain URL,
	// so another spelling would make the browser load the kit a second time.
	wp_register_script( LNOB_CHARTS_HANDLE, plugins_url( 'dist/lnob-charts.js', LNOB_CHARTS_FILE ), array(), null, false );
	wp_register_style( 'lnob-charts-tokens', false, array(), $elements['version'] );
	$css = lnob_charts_tokens_css();
	if ( '' !== $css ) {
		wp_add_inline_style( 'lnob-charts-tokens', $css );
	}
}
add_action( 'init', 'lnob_charts_register_assets' );

/** Enqueues the kit and the tokens; safe to call many times, and late (it then prints in the footer). */
function lnob_charts_enqueue() {
	if ( lnob_charts_static_wanted() ) {
		return;
	}
	wp_enqueue_script( LNOB_CHARTS_HANDLE );
	wp_enqueue_style( 'lnob-charts-tokens' );
}

/**
 * Whether a text holds a chart: the elements, the shortcodes or the blocks.
 *
 * @param string $content Post content.
 */
function lnob_charts_has_chart( $content ) {
	return (bool) preg_match( '/<lnob-(chart|stat)[\s>]|\[lnob_(chart|stat)[\s\]]|<!-- wp:lnob-charts\//i', (string) $content );
}

/** On the front end, before the head is printed: enqueue when a post of the query shows a chart. */
function lnob_charts_enqueue_for_query() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && lnob_charts_has_chart( $post->post_content ) ) {
			lnob_charts_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'lnob_charts_enqueue_for_query' );

/**
 * The kit is an ES module: `type="module"` (WordPress 6.1 has no module API).
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 */
function lnob_charts_module_tag( $tag, $handle, $src ) {
	if ( LNOB_CHARTS_HANDLE !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="lnob-charts-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'lnob_charts_module_tag', 10, 3 );

/**
 * Content (outside the main query too: widgets, other plugins) that shows a
 * chart gets the kit and the site's defaults.
 *
 * @param string $content Rendered content.
 */
function lnob_charts_filter_content( $content ) {
	if ( ! lnob_charts_has_chart( $content ) ) {
		return $content;
	}
	if ( lnob_charts_static_wanted() ) {
		return lnob_charts_static_html( $content );
	}
	lnob_charts_enqueue();
	return lnob_charts_apply_defaults( $content );
}
// After shortcodes (11), so their charts are there too.
add_filter( 'the_content', 'lnob_charts_filter_content', 12 );
add_filter( 'widget_block_content', 'lnob_charts_filter_content', 12 );
