export const load = async () => {
  const r = await fetch('https://api.etherscan.io/api?module=account&action=balance&address=0x{h:40}&apikey=B7KI4J0EXS0QSV6N1DOEGN4QD6V9XM7XPL');
  return r.json();
};
