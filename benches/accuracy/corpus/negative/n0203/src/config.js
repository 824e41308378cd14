module.exports = {
  awsAccessKeyId: process.env.AWS_ACCESS_KEY_ID,
};
