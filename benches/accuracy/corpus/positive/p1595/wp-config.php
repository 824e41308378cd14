<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'Gys+AvqZIDwY^Z3p' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
