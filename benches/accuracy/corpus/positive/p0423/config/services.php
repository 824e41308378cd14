<?php

return [
    'github_installation_token' => 'ghs_VxxnQW9Lor3lekhXo4xz1lImYyDA4l4RR9iO',
];
