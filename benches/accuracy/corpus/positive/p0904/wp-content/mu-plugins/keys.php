<?php

return [
    'close_api_key' => 'api_lNj1CCeBB54RcU9DZUSNRm.wCHxE2uRAMEIllX68zXLyc',
];
