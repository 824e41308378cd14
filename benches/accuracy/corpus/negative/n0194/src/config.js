module.exports = {
  twilioAuthToken: process.env.TWILIO_AUTH_TOKEN,
};
