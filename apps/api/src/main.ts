import { CORE } from '@tamago/core';
import { Test } from '@nestjs/testing';
console.log(CORE, typeof Test);
