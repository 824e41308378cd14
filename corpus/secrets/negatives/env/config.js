module.exports = {
  apiKey: process.env.API_KEY,
  clientSecret: process.env.OAUTH_CLIENT_SECRET || "",
  password: process.env["DB_PASSWORD"],
  token: config.get("auth.token"),
};
