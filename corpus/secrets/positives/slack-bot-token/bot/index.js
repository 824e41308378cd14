const { App } = require("@slack/bolt");

const app = new App({
  token: "xoxb-243078355432-7907976283158-8vhOawlvSp65zKCDRAwWZ9G4",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});
