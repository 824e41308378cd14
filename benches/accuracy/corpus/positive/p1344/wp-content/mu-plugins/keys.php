<?php

return [
    'imgur_client_id' => '025d26c5ce757aa',
    'imgur_client_secret' => 'bb04bbdd16888202627c181fbf31ddea4095392a',
];
