<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', 'mrzeyPp0yypPKfY5' );
define( 'DB_HOST', 'mysql.corp.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
