<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'Marble7757Lantern_20' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
