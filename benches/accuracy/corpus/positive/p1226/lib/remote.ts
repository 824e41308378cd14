export const load = async () => {
  const r = await fetch('https://api.weatherstack.com/current?access_key=702b936490645b36c09193225dea9ef7&query=Oslo');
  return r.json();
};
