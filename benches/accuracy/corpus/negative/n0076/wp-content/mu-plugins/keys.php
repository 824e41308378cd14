<?php

return [
    'openai_api_key' => 'sk-proj-EXAMPLEMrFoIhO6R6gO53O1aXfCywBzFhPQaT4xGG2SZnJ6G',
];
