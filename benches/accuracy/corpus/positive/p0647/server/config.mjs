'use strict';

const slackConfigRefreshToken = "xoxe-1-qEUDnXwB1yBxWwDIKipSTepf2razl4cimgGa1Uc4Op98XzLrEWwRj169Dek515znL8Z6CzkGC35lUwaLM348CSYPu84rU0cWD8wkDSHZu1miplvJqH5jpR2W1DNpKdFVqLcjR8FVRfkkd1wzVO";

module.exports = { slackConfigRefreshToken };
