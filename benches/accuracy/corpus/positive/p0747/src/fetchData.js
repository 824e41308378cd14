export const load = async () => {
  const r = await fetch('https://api:b1ed72f992d3b7d4291b7e21bc6cc210-84a1cba0-35898ae7@api.mailgun.net/v3/mg.{company}.io/messages');
  return r.json();
};
