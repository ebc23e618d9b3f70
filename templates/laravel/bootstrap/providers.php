<?php

return [
    //
];
