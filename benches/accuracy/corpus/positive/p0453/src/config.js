'use strict';

const gitlabAgentToken = "glagent-3HIrJFkv9VP3z_XpAyI8PbZuNlh9axYjJ5lpWEM186zaYZKlgG";

module.exports = { gitlabAgentToken };
