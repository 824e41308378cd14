module.exports = {
  mailgunApiKey: process.env.MAILGUN_API_KEY,
};
