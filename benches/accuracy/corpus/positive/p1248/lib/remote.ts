export const load = async () => {
  const r = await fetch('https://api.openweathermap.org/data/2.5/weather?q=Porto&appid=6234c17d6ef4247f27379fc061485261');
  return r.json();
};
