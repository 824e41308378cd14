export const load = async () => {
  const r = await fetch('https://api.openweathermap.org/data/2.5/weather?q=Porto&appid=eff3d14a7a15a12ff91b5ec261d5ae60');
  return r.json();
};
