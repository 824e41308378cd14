<?php

return [
    'foursquare_api_key' => 'fsq3LU-2meaUhNleaO-9HDGnHMQbIBvfaiFLLQpw4uzG',
];
