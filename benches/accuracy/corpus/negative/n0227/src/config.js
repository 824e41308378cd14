module.exports = {
  clientSecret: process.env.CLIENT_SECRET,
};
