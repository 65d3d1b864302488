import { type ImmuneGlobulinProduct } from './product-types';
import { gammagardLiquid, gammagardSd, privigen } from './products-ivig-takeda-csl';
import { gammaked, gamunexC, octagam10, octagam5 } from './products-ivig-octapharma-grifols';
import {
  asceniv,
  bivigam,
  flebogamma10,
  flebogamma5,
  gammaplex10,
  gammaplex5,
  panzyga,
} from './products-ivig-others';
import { cuvitru, hizentra, xembify } from './products-scig';
import { cutaquig, hyqvia } from './products-scig-cutaquig-hyqvia';

/** Every brand of section 1a of the reference. */
export const productCatalogue: readonly ImmuneGlobulinProduct[] = [
  gammagardLiquid,
  gammagardSd,
  privigen,
  octagam5,
  octagam10,
  gamunexC,
  gammaked,
  flebogamma5,
  flebogamma10,
  bivigam,
  panzyga,
  asceniv,
  gammaplex5,
  gammaplex10,
  hizentra,
  cuvitru,
  xembify,
  cutaquig,
  hyqvia,
];
