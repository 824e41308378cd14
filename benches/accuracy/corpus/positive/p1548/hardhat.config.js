require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://rpc.sepolia.org",
      accounts: ["0xdecfd89ebe151f16c4691e95054ae388c0bb036b09b9e6bc9be10a589fee2682"],
    },
  },
};
