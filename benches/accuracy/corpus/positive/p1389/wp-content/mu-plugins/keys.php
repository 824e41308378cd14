<?php

return [
    'shodan_api_key' => '8TQzPKmJiTZtuVJZJQzB9P6bWZB1X801',
];
