<?php

return [
    'slack_app_token' => 'xapp-1-A5BDTCL9IAA-1341037118418-67a2901cb1d44107127e0cf0577d7d7f5ef9072c7901f08ee9c72ac9bf9b357d',
];
