<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'mATj1bC_GXNe03+n00g' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
