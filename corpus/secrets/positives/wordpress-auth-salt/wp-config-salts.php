<?php
define( 'NONCE_SALT', '4kf0t.[9OBhrP;@((*,n),9niBuyn~!/X+7Qr:DsxVs|rVZI;1jy=y4u~9q~f3#m' );
