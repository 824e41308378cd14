module.exports = {
  gitlabToken: process.env.GITLAB_TOKEN,
};
