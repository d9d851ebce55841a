<?php
/**
 * Deleting the plugin removes its settings. Posts keep their charts' markup,
 * whose data table stays readable without the plugin.
 *
 * @package lnob-charts
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'lnob_charts_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		delete_blog_option( $site_id, 'lnob_charts_settings' );
	}
}
