<?php
/**
 * Plugin Name:       LNOB Charts
 * Plugin URI:        https://github.com/lnob-charts/lnob-charts
 * Description:       Accessible SDG chart templates (<lnob-chart>, <lnob-stat>) as blocks and a shortcode, loaded from your own site.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       lnob-charts
 * Domain Path:       /languages
 *
 * @package lnob-charts
 */

defined( 'ABSPATH' ) || exit;

define( 'LNOB_CHARTS_FILE', __FILE__ );
define( 'LNOB_CHARTS_DIR', plugin_dir_path( __FILE__ ) );

require_once LNOB_CHARTS_DIR . 'includes/elements.php';
require_once LNOB_CHARTS_DIR . 'includes/settings.php';
require_once LNOB_CHARTS_DIR . 'includes/markup.php';
require_once LNOB_CHARTS_DIR . 'includes/assets.php';
require_once LNOB_CHARTS_DIR . 'includes/allowed-html.php';
require_once LNOB_CHARTS_DIR . 'includes/shortcode.php';
require_once LNOB_CHARTS_DIR . 'includes/static-fallback.php';
require_once LNOB_CHARTS_DIR . 'includes/blocks.php';
require_once LNOB_CHARTS_DIR . 'includes/settings-page.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'lnob-charts', false, dirname( plugin_basename( LNOB_CHARTS_FILE ) ) . '/languages' );
	}
);
