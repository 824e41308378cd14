<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'PF_!RJe7YSAk=YY2T' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
