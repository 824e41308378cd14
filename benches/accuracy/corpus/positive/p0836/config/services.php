<?php

return [
    'linear_api_key' => 'lin_api_HZQrNcg8Zi6XyBhLiVIGM3xiuTyUDPBUbyBrSC4r',
];
